"""Errors of the store, each with a one-line message that says what to do."""


class StoreError(RuntimeError):
    """The store cannot be opened or used."""


class NewerSchemaError(StoreError):
    """The database was written by a newer version of the app."""
