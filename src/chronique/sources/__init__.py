"""chronique.sources"""
