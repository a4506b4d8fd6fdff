#!/usr/bin/env python3
"""Adds or updates UI strings in both resource files: tools/resx.py KEY "中文" "English" [KEY "中文" "English" ...].
The .resx files are the source of truth; this only saves typing XML."""
import sys, xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "ScreenBoard.App" / "Resources"
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
"""

def update(path, pairs):
    if not path.exists():
        path.write_text(HEADER, encoding="utf-8")
    tree = ET.parse(path)
    root = tree.getroot()
    existing = {d.get("name"): d for d in root.findall("data")}
    for key, value in pairs:
        node = existing.get(key)
        if node is None:
            node = ET.SubElement(root, "data", {"name": key, "xml:space": "preserve"})
            ET.SubElement(node, "value")
        node.find("value").text = value
    datas = sorted(root.findall("data"), key=lambda d: d.get("name"))
    for d in root.findall("data"):
        root.remove(d)
    for d in datas:
        root.append(d)
    ET.indent(tree, "  ")
    tree.write(path, encoding="utf-8", xml_declaration=True)

args = sys.argv[1:]
if len(args) % 3:
    sys.exit("usage: resx.py KEY ZH EN [...]")
triples = [args[i:i + 3] for i in range(0, len(args), 3)]
ROOT.mkdir(parents=True, exist_ok=True)
update(ROOT / "SharedResource.resx", [(k, zh) for k, zh, _ in triples])
update(ROOT / "SharedResource.en.resx", [(k, en) for k, _, en in triples])
