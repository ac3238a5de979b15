"""One Alembic environment for every module; the module decides version table and tables."""

import importlib

from alembic import context

from core.db import HAND_WRITTEN_INDEXES, Base

config = context.config
module = config.attributes["module"]
importlib.import_module(module.models_module)  # registers the module's tables


def include_object(obj, name, type_, reflected, compare_to):
    if type_ == "table":
        return name.startswith(module.table_prefix) and name != module.version_table
    return name not in HAND_WRITTEN_INDEXES


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Migrations run through core.kernel.migrate with a connection.")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        version_table=module.version_table,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
