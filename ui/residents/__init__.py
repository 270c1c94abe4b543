"""Resident profiles, linked only with consent."""
