"""chronique.merge"""
