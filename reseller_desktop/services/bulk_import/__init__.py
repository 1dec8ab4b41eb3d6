"""Bulk onboarding: customers from a spreadsheet (CSV), checked, then created one at a time.

``reading`` turns a file into rows of text (any common encoding and delimiter, streamed, capped),
``columns`` matches its headers to the request's fields, ``checking`` runs each row through the
wizard's own validation plus duplicate and domain checks, ``run`` creates the ready rows through
the onboarding use case (journaled, with deterministic request ids), ``results`` exports what
happened (never a password), and ``template`` writes the template file.
"""
