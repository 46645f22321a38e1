"""Render the app icon's PNG sizes, the Windows .ico and the macOS .icns from the one SVG.

Run after changing `resources/icons/dev.resultdesk.ResultDesk.svg`; the outputs are committed so
that every installer recipe (the .deb, Inno Setup, the .app) takes them as plain files:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Only Qt (QtSvg) and the standard library: no Pillow, no ImageMagick, no iconutil. The .icns
holds PNG images (macOS 10.7 on); the .ico holds 32-bit bitmaps and a 256 px PNG, the layout
Windows' own icons use.
"""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "dev.resultdesk.ResultDesk"
ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / f"{APP_ID}.svg"
# The path the app itself loads (app/ui/common/icons.py); kept a byte-identical copy.
APP_SVG = ICONS / "result-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS element types that hold a PNG, with their pixel size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size}px PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(renderer: QSvgRenderer, size: int) -> bytes:
    """A classic 32-bit ICO image: BITMAPINFOHEADER, bottom-up BGRA rows, an empty AND mask."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    stride = size * 4
    raw = bytes(image.constBits())[: stride * size]  # BGRA on little-endian machines
    if sys.byteorder != "little":
        raise RuntimeError("ICO writing assumes a little-endian machine")
    rows = b"".join(raw[y * stride : (y + 1) * stride] for y in reversed(range(size)))
    mask = b"\0" * (((size + 31) // 32) * 4 * size)
    header = struct.pack(
        "<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(rows) + len(mask), 0, 0, 0, 0
    )
    return header + rows + mask


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRYs + images (a width/height byte of 0 means 256)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = images[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG}: not a valid SVG", file=sys.stderr)
        return 1
    needed = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: render_png(renderer, size) for size in sorted(needed)}
    for size in PNG_SIZES:
        (ICONS / f"{APP_ID}-{size}.png").write_bytes(pngs[size])
    # Bitmaps up to 128 px (read by every Windows tool), PNG for 256 px (as Windows does).
    ico = {s: pngs[s] if s >= 256 else dib_bytes(renderer, s) for s in ICO_SIZES}
    (ICONS / "result-desk.ico").write_bytes(ico_bytes(ico))
    (ICONS / "result-desk.icns").write_bytes(icns_bytes(pngs))
    shutil.copyfile(SVG, APP_SVG)
    del app
    print(f"wrote {len(PNG_SIZES)} PNGs, result-desk.ico and result-desk.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
