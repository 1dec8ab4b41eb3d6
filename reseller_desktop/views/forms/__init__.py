"""Generated from ui/*.ui by packaging/build_forms.py: do not edit."""
