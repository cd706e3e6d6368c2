"""Lists of versions and proposals: the item that carries an id, and the selected one's id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget


def selected_id(tree: QTreeWidget) -> int:
    """The id (UserRole of column 0) of the current item, 0 when there is none."""
    item = tree.currentItem()
    return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else 0


def select_id(tree: QTreeWidget, wanted: int) -> None:
    """Make the top-level item with that id current."""
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == wanted:
            tree.setCurrentItem(item)
            return
