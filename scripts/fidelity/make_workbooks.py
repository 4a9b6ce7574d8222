#!/usr/bin/env python3
"""Workbooks for the annotated-copy fidelity suite (test/xlsx/fidelity.test.ts).

Each carries one thing real workbooks carry, beside a target sheet (目标表) the checker flags:
made by XlsxWriter (its files are laid out as Excel's), by openpyxl, or patched afterwards where
neither generator makes the feature (threaded comments, pivot tables, external links, pictures
in cells, WPS cell pictures, checkboxes). LibreOffice-saved copies are made by the test itself.

Usage: make_workbooks.py OUT_DIR SPEC.json
SPEC.json: {"rows": [[cell values of 目标表 by row]], "flagged": ["A12", ...], "plain": "H2"}
(flagged: cells the check flags on 目标表; plain: a cell it does not).
Debian packages: python3-xlsxwriter, python3-openpyxl.
"""
import json
import os
import re
import struct
import sys
import zipfile
import zlib

import openpyxl
import xlsxwriter
from openpyxl.comments import Comment
from openpyxl.workbook.protection import WorkbookProtection

OUT, SPEC = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
ROWS, FLAGGED, PLAIN = SPEC["rows"], SPEC["flagged"], SPEC["plain"]
TARGET = "目标表"


def png(path, rgb=(200, 30, 30), size=8):
    """A small solid PNG, made without an imaging library."""
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


IMAGE = png(os.path.join(OUT, "red.png"))


def xw(name, **options):
    """An XlsxWriter workbook with the target sheet written; returns (workbook, target sheet)."""
    wb = xlsxwriter.Workbook(os.path.join(OUT, name), options)
    ws = wb.add_worksheet(TARGET)
    for r, row in enumerate(ROWS):
        ws.write_row(r, 0, row)
    ws.write_row(len(ROWS) + 2, 0, [1, 2, 3])
    n = len(ROWS) + 3
    ws.write_formula(n, 0, f"=SUM(A{n}:C{n})", None, 6)
    return wb, ws


def op(name):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = TARGET
    for row in ROWS:
        ws.append(row)
    return wb, ws, os.path.join(OUT, name)


def patch(name, edits=None, add=None):
    """Rewrite parts of a saved package: edits {part: text -> text}, add {part: text or bytes}."""
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    for part, fn in (edits or {}).items():
        parts[part] = fn(parts[part].decode("utf-8")).encode("utf-8")
    for part, data in (add or {}).items():
        parts[part] = data.encode("utf-8") if isinstance(data, str) else data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)


def add_override(part, content_type):
    return lambda xml: xml.replace("</Types>", f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>')


def add_rel(rid, rel_type, target, external=False):
    mode = ' TargetMode="External"' if external else ""
    return lambda xml: xml.replace(
        "</Relationships>", f'<Relationship Id="{rid}" Type="{rel_type}" Target="{target}"{mode}/></Relationships>'
    )


def chain(*fns):
    def run(xml):
        for fn in fns:
            xml = fn(xml)
        return xml

    return run


REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET1 = "xl/worksheets/sheet1.xml"
SHEET1_RELS = "xl/worksheets/_rels/sheet1.xml.rels"
WB_RELS = "xl/_rels/workbook.xml.rels"
EMPTY_RELS = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'


def data_sheet(wb):
    ws = wb.add_worksheet("数据")
    ws.write_row(0, 0, ["类别", "金额", "数量"])
    for i, (k, v, q) in enumerate([("甲", 10, 1), ("乙", 20, 2), ("甲", 30, 3), ("丙", 40, 4)]):
        ws.write_row(i + 1, 0, [k, v, q])
    return ws


def chart():
    wb, _ = xw("chart.xlsx")
    ws = data_sheet(wb)
    c = wb.add_chart({"type": "column"})
    c.add_series({"categories": "=数据!$A$2:$A$5", "values": "=数据!$B$2:$B$5", "name": "金额"})
    ws.insert_chart("E2", c)
    wb.close()


def chartsheet():
    wb, _ = xw("chartsheet.xlsx")
    data_sheet(wb)
    cs = wb.add_chartsheet("图表")
    c = wb.add_chart({"type": "pie"})
    c.add_series({"categories": "=数据!$A$2:$A$5", "values": "=数据!$B$2:$B$5"})
    cs.set_chart(c)
    wb.close()


def image():
    wb, ws = xw("image.xlsx")
    ws.insert_image("J2", IMAGE)
    wb.close()


def conditional_formats():
    wb, ws = xw("conditional-formats.xlsx")
    red = wb.add_format({"bg_color": "#FFC7CE"})
    rules = [
        {"type": "cell", "criteria": ">", "value": 10, "format": red},
        {"type": "text", "criteria": "containing", "value": "指标", "format": red},
        {"type": "time_period", "criteria": "last month", "format": red},
        {"type": "average", "criteria": "above", "format": red},
        {"type": "duplicate", "format": red},
        {"type": "unique", "format": red},
        {"type": "top", "value": 3, "format": red},
        {"type": "bottom", "value": 10, "criteria": "%", "format": red},
        {"type": "blanks", "format": red},
        {"type": "no_blanks", "format": red},
        {"type": "errors", "format": red},
        {"type": "no_errors", "format": red},
        {"type": "formula", "criteria": "=LEN($A1)>20", "format": red},
        {"type": "2_color_scale"},
        {"type": "3_color_scale"},
        {"type": "data_bar", "data_bar_2010": True},
        {"type": "icon_set", "icon_style": "3_traffic_lights"},
    ]
    for i, rule in enumerate(rules):
        ws.conditional_format(0, i, 40, i, rule)
    wb.close()


def data_validation():
    wb, ws = xw("data-validation.xlsx")
    ws.data_validation("H2:H30", {"validate": "list", "source": ["达成", "部分达成", "未达成"]})
    ws.data_validation("I2:I30", {"validate": "decimal", "criteria": "between", "minimum": 0, "maximum": 100,
                                  "input_title": "分值", "input_message": "0–100", "error_message": "超出范围"})
    ws.data_validation("J2:J30", {"validate": "custom", "value": "=LEN(J2)<50"})
    wb.close()


def defined_names():
    wb, ws = xw("defined-names.xlsx")
    wb.define_name("项目范围", f"={TARGET}!$A$7:$A$20")
    wb.define_name("税率", "=0.06")
    wb.define_name("含税", f"=SUM({TARGET}!$B$7:$B$9)*(1+税率)")
    wb.define_name(f"{TARGET}!本表名称", '="本表"')
    ws.write_formula("J2", "=含税", None, 0)
    ws.write_formula("J3", "=税率*100", None, 6)
    wb.close()


def hyperlinks():
    wb, ws = xw("hyperlinks.xlsx")
    ws.write_url("J2", "https://www.example.gov.cn/budget", string="预算公开")
    ws.write_url("J3", f"internal:{TARGET}!A1", string="回到顶部")
    ws.write_url("J4", "mailto:reviewer@example.gov.cn", string="联系审核人")
    wb.close()


def rich_text():
    wb, ws = xw("rich-text.xlsx")
    bold, red = wb.add_format({"bold": True}), wb.add_format({"font_color": "red"})
    ws.write_rich_string("J2", "说明：", bold, "金额单位", red, "万元")
    wb.close()


def number_formats():
    wb, ws = xw("number-formats.xlsx")
    for i, fmt in enumerate(['0.00"万元"', '#,##0.00;[Red]-#,##0.00', 'yyyy"年"m"月"d"日"', "0.0%", '[DBNum1][$-804]General']):
        ws.write_number(i + 1, 9, 1234.5 + i, wb.add_format({"num_format": fmt}))
    wb.close()


def layout():
    wb, ws = xw("layout.xlsx")
    ws.set_column("A:A", 40)
    ws.set_column("D:E", None, None, {"hidden": True})
    ws.set_row(1, 30)
    ws.set_row(2, None, None, {"hidden": True})
    ws.freeze_panes(4, 1)
    wb.close()


def print_settings():
    wb, ws = xw("print.xlsx")
    ws.print_area("A1:G20")
    ws.repeat_rows(3)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.set_h_pagebreaks([10, 15])
    ws.set_v_pagebreaks([4])
    ws.set_header("&L&G&C绩效目标表", {"image_left": IMAGE})
    ws.set_footer("&C第 &P 页")
    wb.close()


def protection_legacy():
    wb, ws = xw("protection-legacy-hash.xlsx")
    ws.protect("abc123", {"format_cells": True})
    ws.unprotect_range("H2:H30", "填写区")
    wb.close()


def protection_sha512():
    wb, ws, path = op("protection-sha512.xlsx")
    p = ws.protection
    p.sheet = True
    p.algorithmName = "SHA-512"
    p.hashValue = "p4bJ0S0j0p8jG1C6jXo3S2v1n0w0r3sX2zvD6m4G3yW2c9b8QK3m6Q8i8G3c2wKzJmYVvX8b9L1n4d7a5f3e2g=="
    p.saltValue = "c2FsdHNhbHRzYWx0c2FsdA=="
    p.spinCount = 100000
    wb.save(path)


def workbook_protection():
    wb, ws, path = op("workbook-protection.xlsx")
    wb.security = WorkbookProtection(workbookPassword="abc", lockStructure=True, lockWindows=False)
    wb.save(path)


def hidden_sheets():
    wb, _ = xw("hidden-sheets.xlsx")
    wb.add_worksheet("隐藏").hide()
    very = wb.add_worksheet("深度隐藏")
    very.write("A1", "参数")
    wb.close()
    patch("hidden-sheets.xlsx", {"xl/workbook.xml": lambda x: x.replace('name="深度隐藏"', 'name="深度隐藏" state="veryHidden"')})


def table_totals():
    wb, _ = xw("table-totals.xlsx")
    ws = wb.add_worksheet("明细")
    ws.add_table("A1:C5", {"name": "资金明细", "total_row": True, "data": [["甲", 10, 1], ["乙", 20, 2], ["丙", 30, 3]],
                           "columns": [{"header": "类别", "total_string": "合计"},
                                       {"header": "金额", "total_function": "sum"},
                                       {"header": "数量", "total_function": "count"}]})
    wb.close()


def outline():
    wb, ws = xw("outline.xlsx")
    for r in range(7, 12):
        ws.set_row(r, None, None, {"level": 1, "hidden": r > 9})
    ws.set_column("D:E", None, None, {"level": 1})
    wb.close()


def autofilter():
    wb, ws = xw("autofilter.xlsx")
    ws.autofilter(3, 0, len(ROWS) - 1, 6)
    ws.filter_column(1, "x > 10")
    ws.set_row(5, None, None, {"hidden": True})
    wb.close()


def macros():
    wb, ws = xw("macros.xlsm")
    stub = os.path.join(OUT, "vbaProject.bin")
    with open(stub, "wb") as f:  # not a real VBA project: the copy must keep its bytes, whatever they are
        f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"VBA-STUB" * 64)
    wb.add_vba_project(stub)
    ws.insert_button("J2", {"macro": "Module1.Check", "caption": "校验"})
    wb.close()


def sparklines():
    wb, ws = xw("sparklines.xlsx")
    n = len(ROWS) + 3
    ws.add_sparkline(f"E{n}", {"range": f"A{n}:C{n}"})
    wb.close()


def shapes():
    wb, ws = xw("shapes.xlsx")
    ws.insert_textbox("J2", "审核意见：请补充时效指标", {"width": 240, "height": 80})
    wb.close()


def doc_properties():
    wb, _ = xw("doc-properties.xlsx")
    wb.set_properties({"title": "2023年项目支出绩效目标表", "author": "财务科", "company": "某局"})
    wb.set_custom_property("文号", "白应急〔2023〕12号")
    wb.set_custom_property("报送日期", "2023-01-15")
    wb.close()


def manual_calc():
    wb, _ = xw("manual-calc.xlsx")
    wb.set_calc_mode("manual")
    wb.close()


def date1904():
    wb, ws = xw("date1904.xlsx", date_1904=True)
    import datetime
    ws.write_datetime("J2", datetime.datetime(2023, 12, 31), wb.add_format({"num_format": "yyyy-mm-dd"}))
    wb.close()


def font():
    wb, _ = xw("font.xlsx")
    wb.formats[0].set_font_name("宋体")
    wb.formats[0].set_font_size(12)
    wb.close()


def dynamic_array():
    wb, ws = xw("dynamic-array.xlsx")
    n = len(ROWS) + 3
    ws.write_dynamic_array_formula(f"J2:J4", f"=_xlfn._xlws.SORT(A{n}:C{n},1,-1,TRUE)")
    wb.close()


def notes_xlsxwriter():
    wb, ws = xw("notes.xlsx")
    ws.write_comment(FLAGGED[0], "用户批注：请核对此处", {"author": "审核人"})
    ws.write_comment(PLAIN, "用户批注：另一处", {"author": "审核人"})
    wb.close()


def notes_openpyxl():
    wb, ws, path = op("openpyxl-notes.xlsx")
    ws[FLAGGED[0]].comment = Comment("用户批注（openpyxl）", "审核人")
    ws[PLAIN].comment = Comment("另一条", "审核人")
    wb.save(path)


def openpyxl_plain():
    wb, ws, path = op("openpyxl.xlsx")
    ws.freeze_panes = "B5"
    ws.column_dimensions["A"].width = 40
    wb.save(path)


def theme():
    wb, _ = xw("theme.xlsx")
    wb.close()
    patch("theme.xlsx", {"xl/theme/theme1.xml": lambda x: x.replace('name="Office Theme"', 'name="绩效主题"')
                         .replace("1F497D", "2E75B6").replace("4F81BD", "C00000")})


def threaded_comments():
    wb, ws = xw("threaded-comments.xlsx")
    ws.write_comment(FLAGGED[0], "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment.\n\nComment:\n    请补充依据")
    ws.write_comment(PLAIN, "普通批注")
    wb.close()
    tid = "{8F0B1C2D-1111-4E5F-9A6B-0C1D2E3F4A5B}"
    person = "{5A6B7C8D-2222-4E5F-9A6B-0C1D2E3F4A5B}"
    threaded = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" '
        'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<threadedComment ref="{FLAGGED[0]}" dT="2023-03-01T08:00:00.00" personId="{person}" id="{tid}"><text>请补充依据</text></threadedComment>'
        f'<threadedComment ref="{FLAGGED[0]}" dT="2023-03-02T08:00:00.00" personId="{person}" id="{{8F0B1C2D-3333-4E5F-9A6B-0C1D2E3F4A5B}}" parentId="{tid}"><text>已补充</text></threadedComment>'
        "</ThreadedComments>"
    )
    persons = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" '
        'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<person displayName="审核人" id="{person}" userId="reviewer" providerId="None"/></personList>'
    )
    patch("threaded-comments.xlsx", {
        "[Content_Types].xml": chain(
            add_override("xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"),
            add_override("xl/persons/person.xml", "application/vnd.ms-excel.person+xml")),
        SHEET1_RELS: add_rel("rId90", "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
                             "../threadedComments/threadedComment1.xml"),
        WB_RELS: add_rel("rId90", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml"),
    }, {"xl/threadedComments/threadedComment1.xml": threaded, "xl/persons/person.xml": persons})


def external_link():
    wb, ws = xw("external-link.xlsx")
    wb.close()
    ext = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<externalLink xmlns="{NS_MAIN}" xmlns:r="{REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="汇总"/></sheetNames>'
        '<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>'
    )
    ext_rels = EMPTY_RELS.replace("</Relationships>", f'<Relationship Id="rId1" Type="{REL}/externalLinkPath" Target="部门汇总.xlsx" TargetMode="External"/></Relationships>')
    patch("external-link.xlsx", {
        "[Content_Types].xml": add_override("xl/externalLinks/externalLink1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"),
        WB_RELS: add_rel("rId91", f"{REL}/externalLink", "externalLinks/externalLink1.xml"),
        "xl/workbook.xml": lambda x: x.replace("</sheets>", '</sheets><externalReferences><externalReference r:id="rId91"/></externalReferences>')
        .replace("<calcPr", '<definedNames><definedName name="外部合计">[1]汇总!$A$1</definedName></definedNames><calcPr')
        if "<definedNames>" not in x else x,
        SHEET1: lambda x: x.replace("</sheetData>", '<row r="60"><c r="J60"><f>[1]汇总!A1*2</f><v>84</v></c></row></sheetData>'),
    }, {"xl/externalLinks/externalLink1.xml": ext, "xl/externalLinks/_rels/externalLink1.xml.rels": ext_rels})


def pivot():
    wb, _ = xw("pivot.xlsx")
    data_sheet(wb)
    wb.add_worksheet("透视")
    wb.close()
    cache = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<pivotCacheDefinition xmlns="{NS_MAIN}" xmlns:r="{REL}" r:id="rId1" refreshOnLoad="0" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="4">'
        '<cacheSource type="worksheet"><worksheetSource ref="A1:B5" sheet="数据"/></cacheSource><cacheFields count="2">'
        '<cacheField name="类别" numFmtId="0"><sharedItems count="3"><s v="甲"/><s v="乙"/><s v="丙"/></sharedItems></cacheField>'
        '<cacheField name="金额" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="10" maxValue="40"/></cacheField>'
        "</cacheFields></pivotCacheDefinition>"
    )
    records = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<pivotCacheRecords xmlns="{NS_MAIN}" count="4"><r><x v="0"/><n v="10"/></r><r><x v="1"/><n v="20"/></r><r><x v="0"/><n v="30"/></r><r><x v="2"/><n v="40"/></r></pivotCacheRecords>'
    )
    table = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<pivotTableDefinition xmlns="{NS_MAIN}" name="资金透视" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1">'
        '<location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2">'
        '<pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField>'
        '<pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields>'
        '<rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>'
        '<dataFields count="1"><dataField name="求和项:金额" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>'
    )
    rels = lambda body: EMPTY_RELS.replace("</Relationships>", body + "</Relationships>")
    patch("pivot.xlsx", {
        "[Content_Types].xml": chain(
            add_override("xl/pivotCache/pivotCacheDefinition1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"),
            add_override("xl/pivotCache/pivotCacheRecords1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"),
            add_override("xl/pivotTables/pivotTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml")),
        WB_RELS: add_rel("rId92", f"{REL}/pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"),
        "xl/workbook.xml": lambda x: re.sub(r"(<calcPr[^>]*/>)", r'\1<pivotCaches><pivotCache cacheId="1" r:id="rId92"/></pivotCaches>', x),
        "xl/worksheets/sheet3.xml": lambda x: x.replace("<sheetData/>", '<sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>行标签</t></is></c><c r="B3" t="inlineStr"><is><t>求和项:金额</t></is></c></row><row r="4"><c r="A4" t="inlineStr"><is><t>甲</t></is></c><c r="B4"><v>40</v></c></row></sheetData>'),
    }, {
        "xl/pivotCache/pivotCacheDefinition1.xml": cache,
        "xl/pivotCache/pivotCacheRecords1.xml": records,
        "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": rels(f'<Relationship Id="rId1" Type="{REL}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/>'),
        "xl/pivotTables/pivotTable1.xml": table,
        "xl/pivotTables/_rels/pivotTable1.xml.rels": rels(f'<Relationship Id="rId1" Type="{REL}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/>'),
        "xl/worksheets/_rels/sheet3.xml.rels": rels(f'<Relationship Id="rId1" Type="{REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>'),
    })


def picture_in_cell():
    """Excel 365's picture in a cell: rich value parts and a `vm` on the cell (value #VALUE! for older readers)."""
    wb, _ = xw("picture-in-cell.xlsx")
    wb.close()
    with open(IMAGE, "rb") as f:
        image_bytes = f.read()
    rd = "http://schemas.microsoft.com/office/spreadsheetml/2017/richdata"
    metadata = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<metadata xmlns="{NS_MAIN}" xmlns:xlrd="{rd}"><metadataTypes count="1"><metadataType name="XLRICHVALUE" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1"/></metadataTypes>'
        '<futureMetadata name="XLRICHVALUE" count="1"><bk><extLst><ext uri="{3e2802c4-a4d2-4d8b-9148-e3be6c30e623}"><xlrd:rvb i="0"/></ext></extLst></bk></futureMetadata>'
        '<valueMetadata count="1"><bk><rc t="1" v="0"/></bk></valueMetadata></metadata>'
    )
    rich = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<rvData xmlns="{rd}" count="1"><rv s="0"><v>0</v><v>5</v></rv></rvData>'
    )
    structure = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<rvStructures xmlns="{rd}" count="1"><s t="_localImage"><k n="_rvRel:LocalImageIdentifier" t="i"/><k n="CalcOrigin" t="i"/></s></rvStructures>'
    )
    rel_list = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<richValueRels xmlns="http://schemas.microsoft.com/office/spreadsheetml/2022/richvaluerel" xmlns:r="{REL}"><rel r:id="rId1"/></richValueRels>'
    )
    patch("picture-in-cell.xlsx", {
        "[Content_Types].xml": chain(
            add_override("xl/metadata.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"),
            add_override("xl/richData/rdrichvalue.xml", "application/vnd.ms-excel.rdrichvalue+xml"),
            add_override("xl/richData/rdrichvaluestructure.xml", "application/vnd.ms-excel.rdrichvaluestructure+xml"),
            add_override("xl/richData/richValueRel.xml", "application/vnd.ms-excel.richvaluerel+xml"),
            lambda x: x if 'Extension="png"' in x else x.replace("<Default ", '<Default Extension="png" ContentType="image/png"/><Default ', 1)),
        WB_RELS: chain(
            add_rel("rId93", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata", "metadata.xml"),
            add_rel("rId94", "http://schemas.microsoft.com/office/2017/06/relationships/rdRichValue", "richData/rdrichvalue.xml"),
            add_rel("rId95", "http://schemas.microsoft.com/office/2017/06/relationships/rdRichValueStructure", "richData/rdrichvaluestructure.xml"),
            add_rel("rId96", "http://schemas.microsoft.com/office/2022/10/relationships/richValueRel", "richData/richValueRel.xml")),
        SHEET1: lambda x: x.replace("</sheetData>", '<row r="61"><c r="J61" t="e" vm="1"><v>#VALUE!</v></c></row></sheetData>'),
    }, {
        "xl/metadata.xml": metadata,
        "xl/richData/rdrichvalue.xml": rich,
        "xl/richData/rdrichvaluestructure.xml": structure,
        "xl/richData/richValueRel.xml": rel_list,
        "xl/richData/_rels/richValueRel.xml.rels": EMPTY_RELS.replace("</Relationships>", f'<Relationship Id="rId1" Type="{REL}/image" Target="../media/image1.png"/></Relationships>'),
        "xl/media/image1.png": image_bytes,
    })


def wps():
    """As WPS saves: its namespaces, cell pictures (xl/cellimages.xml, shown by =DISPIMG) and custom cell data."""
    wb, _ = xw("wps.xlsx")
    wb.close()
    with open(IMAGE, "rb") as f:
        image_bytes = f.read()
    images = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData">'
        '<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="ID_0123456789ABCDEF" descr="印章"/><xdr:cNvPicPr/></xdr:nvPicPr>'
        '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>'
        '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="76200" cy="76200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage></etc:cellImages>'
    )
    patch("wps.xlsx", {
        "[Content_Types].xml": chain(
            add_override("xl/cellimages.xml", "application/vnd.wps-officedocument.cellimage+xml"),
            lambda x: x if 'Extension="png"' in x else x.replace("<Default ", '<Default Extension="png" ContentType="image/png"/><Default ', 1)),
        WB_RELS: add_rel("rId97", "http://www.wps.cn/officeDocument/2020/cellImage", "cellimages.xml"),
        SHEET1: lambda x: x.replace("</sheetData>", '<row r="62"><c r="J62" t="str"><f>_xlfn.DISPIMG("ID_0123456789ABCDEF",1)</f><v>=DISPIMG("ID_0123456789ABCDEF",1)</v></c></row></sheetData>'),
        "docProps/app.xml": lambda x: x.replace("<Application>Microsoft Excel</Application>", "<Application>WPS 表格</Application>"),
    }, {
        "xl/cellimages.xml": images,
        "xl/_rels/cellimages.xml.rels": EMPTY_RELS.replace("</Relationships>", f'<Relationship Id="rId1" Type="{REL}/image" Target="media/image9.png"/></Relationships>'),
        "xl/media/image9.png": image_bytes,
    })


def checkboxes():
    """Form-control checkboxes: VML shapes and ctrlProps parts; our notes join that VML drawing."""
    wb, ws = xw("checkboxes.xlsx")
    ws.insert_button("J2", {"macro": "Noop", "caption": "按钮"})
    wb.close()
    checkbox = (
        '<v:shape id="_x0000_s1030" type="#_x0000_t201" style="position:absolute;margin-left:300pt;margin-top:40pt;width:80pt;height:16pt;z-index:2" '
        'filled="f" stroked="f" o:insetmode="auto"><v:textbox style="mso-direction-alt:auto" o:singleclick="f"><div style="text-align:left">已审核</div></v:textbox>'
        '<x:ClientData ObjectType="Checkbox"><x:Anchor>9, 0, 3, 0, 10, 0, 4, 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:AutoLine>False</x:AutoLine>'
        '<x:TextVAlign>Center</x:TextVAlign><x:Checked>1</x:Checked><x:NoThreeD/></x:ClientData></v:shape>'
    )
    patch("checkboxes.xlsx", {
        "xl/drawings/vmlDrawing1.vml": lambda x: x.replace("</xml>", checkbox + "</xml>"),
        "[Content_Types].xml": add_override("xl/ctrlProps/ctrlProp1.xml", "application/vnd.ms-excel.controlproperties+xml"),
        SHEET1_RELS: add_rel("rId98", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp", "../ctrlProps/ctrlProp1.xml"),
    }, {"xl/ctrlProps/ctrlProp1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" objectType="CheckBox" checked="Checked" lockText="1"/>'})


for make in [chart, chartsheet, image, conditional_formats, data_validation, defined_names, hyperlinks, rich_text,
             number_formats, layout, print_settings, protection_legacy, protection_sha512, workbook_protection,
             hidden_sheets, table_totals, outline, autofilter, macros, sparklines, shapes, doc_properties, manual_calc,
             date1904, font, dynamic_array, notes_xlsxwriter, notes_openpyxl, openpyxl_plain, theme, threaded_comments,
             external_link, pivot, picture_in_cell, wps, checkboxes]:
    make()
os.remove(IMAGE)
os.remove(os.path.join(OUT, "vbaProject.bin"))
