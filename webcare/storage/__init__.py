"""Storage: the SQLAlchemy ORM, the engine factory and the Alembic migrations."""
