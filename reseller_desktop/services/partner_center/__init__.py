"""Everything the app asks of Microsoft Partner Center, behind one interface (``port.py``).

The embedded simulator (``simulator/``) is one implementation; a REST connector is another. The use
cases receive a ``PartnerCenter`` and never know which one runs.
"""
