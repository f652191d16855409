"""chronique.eval"""
