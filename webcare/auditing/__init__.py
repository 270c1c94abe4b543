"""Reading the audit trail: view, filter, export, and verify its hash chain."""
