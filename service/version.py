"""The service version, reported in every response's meta and in the OpenAPI document."""

__version__ = "0.1.0"
