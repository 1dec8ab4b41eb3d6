"""The app's few text colours (the wizard's marks, the empty list's hint): a module of their own,
so that the main window takes them without loading the wizard's helpers before its first paint."""

ERROR_COLOUR = "#c42b1c"
SUCCESS_COLOUR = "#107c10"
MUTED_COLOUR = "#605e5c"
