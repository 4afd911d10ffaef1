"""Alembic environment for caselog (configured in code: see caselog/store/migrate.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from caselog.store.fts import is_fts_name
from caselog.store.postgres import is_own_index
from caselog.store.tables import metadata

config = context.config


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the SQLite full-text index (made by raw DDL, not a model) out of autogenerate."""
    return not (type_ == "table" and is_fts_name(name)) and not is_own_index(name, type_)


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            render_as_batch=True,
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url")
    if context.is_offline_mode():
        context.configure(
            url=url, target_metadata=metadata, render_as_batch=True, include_name=include_name
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    assert url, "set sqlalchemy.url or pass a connection in config.attributes"
    engine = create_engine(url)
    with engine.connect() as conn:
        context.configure(
            connection=conn,
            target_metadata=metadata,
            render_as_batch=True,
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
