"""chronique.lang.fr"""
