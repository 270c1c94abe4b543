"""The PySide6 desktop app. It talks to `webcare` services only, never to a platform API."""
