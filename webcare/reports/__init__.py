"""Supervisor reports: response times counted from recorded events, in wall-clock and office time.

`triggers` records the events, `calendar` turns the service policy into office intervals,
`fold` derives each conversation's rounds and waits, `figures` counts them in SQL, `export`
writes them out, `overview` is the live picture, and `desk` is the one door to all of it.
"""
