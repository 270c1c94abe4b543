"""Alembic environment: runs on the connection that `webcare.storage.migrate` hands over."""

from __future__ import annotations

from alembic import context

from webcare.storage.models import Base
from webcare.storage.schema_filter import include_name

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the alembic CLI is not how Webcare migrates
    raise RuntimeError("run migrations through `webcare db upgrade`")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode recreates the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    # Full-text search objects are dialect-specific DDL the ORM does not describe.
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
