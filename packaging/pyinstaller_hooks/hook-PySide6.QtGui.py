# Replaces PyInstaller's hook of the same name: the same collection, trimmed (see qt_trim.py).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qt_trim import collect


def hook(hook_api):
    collect(hook_api, __file__)
