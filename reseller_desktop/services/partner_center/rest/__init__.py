"""The real Partner Center: a REST implementation of the port (see the README's "Connect to
Partner Center")."""
