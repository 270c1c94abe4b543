"""Supervisors' reports."""
