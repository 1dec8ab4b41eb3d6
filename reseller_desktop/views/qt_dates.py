"""Python dates as Qt's, spelled out (Qt converts them itself, but its type stubs do not say so)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qdatetime_utc(value: datetime) -> QDateTime:
    """A naive UTC datetime (as the store keeps them) as a QDateTime in UTC."""
    time = QTime(value.hour, value.minute, value.second, value.microsecond // 1000)
    return QDateTime(qdate(value.date()), time, QTimeZone.utc())
