"""The Qt-free core of Klausul: model, import, segmentation, alignment, diff and storage."""
