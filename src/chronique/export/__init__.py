"""chronique.export"""
