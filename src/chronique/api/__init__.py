"""chronique.api"""
