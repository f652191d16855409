"""chronique.run"""
