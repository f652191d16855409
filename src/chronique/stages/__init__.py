"""chronique.stages"""
