"""Documents of the core (`webcare.documents`) rendered by Qt: PDF for access requests, reports."""
