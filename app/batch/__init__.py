"""Bulk corrections without Qt: sheets, column mapping, the batch journal, the paced sender."""
