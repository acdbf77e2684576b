"""``agricrm template``: a blank registration workbook for people to fill in.

Drop-down lists for every enumeration and for the branch's townships and villages, ID and
phone columns formatted as text (so Excel never turns an ID into 3.71321E+17), a date format
for birth dates, and a sheet explaining the rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from agricrm.exchange.schema import CUSTOMERS, Column, Kind
from agricrm.exchange.values import display_choices

FIELDS = (
    "name",
    "gender",
    "birth_date",
    "id_number",
    "phone",
    "landline",
    "ethnicity",
    "education",
    "household_size",
    "household_code",
    "township",
    "village",
    "address_detail",
    "business_mode",
    "land_area_mu",
    "annual_income",
    "credit_grade",
    "cooperation_since",
    "card_level",
    "deposit_balance",
    "deposit_average",
    "deposits_read_on",
    "products_held",
    "needs",
    "notes",
    "officer_name",
)
ROWS = 500
INSTRUCTIONS = (
    "填写说明",
    "1. 每行一位客户，从第 2 行开始填写；姓名、乡镇、村必填。",
    "2. 身份证号、手机号码、固定电话列已设为文本格式，请勿改为数字格式，否则末尾数字会丢失。",
    "3. 日期可写作 2024-03-05、2024/3/5 或 2024年3月5日。",
    "4. 带下拉箭头的列请从列表中选择；“需求”可写多个，用顿号分隔（例如：资金、保险）。",
    "5. 乡镇和村须在本网点的村列表中（见“村列表”工作表）。",
    "6. 导入时按身份证号、手机号码、姓名加村依次匹配已有客户：匹配到的更新，未匹配的新建。",
    "7. “持有产品”写本网点产品目录中的产品名称（见“产品列表”工作表），多个用顿号分隔；"
    "导入只增加客户尚未持有的产品，不删除已有产品。",
)


def _column(key: str) -> Column:
    """A column of the customers sheet, or one people type that becomes other records."""
    found = [column for column in CUSTOMERS.extras if column.key == key]
    return found[0] if found else CUSTOMERS.column(key)


def write_template(
    path: Path, places: Sequence[tuple[str, str]], products: Sequence[str] = ()
) -> Path:
    """The workbook, with the branch's villages and the names of its product catalogue."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = CUSTOMERS.title
    columns: list[Column] = [_column(key) for key in FIELDS]
    sheet.append([c.title for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    sheet.freeze_panes = "B2"

    lists = workbook.create_sheet("选项")
    villages = workbook.create_sheet("村列表")
    villages.append(["乡镇", "村"])
    for township, village in places:
        villages.append([township, village])
    villages.column_dimensions["A"].width = 14
    villages.column_dimensions["B"].width = 14
    catalogue = workbook.create_sheet("产品列表")
    catalogue.append(["产品名称"])
    for name in products:
        catalogue.append([name])
    catalogue.column_dimensions["A"].width = 20
    option_column = 0
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(column.width, len(column.title) * 2 + 2)
        target = f"{letter}2:{letter}{ROWS + 1}"
        if column.kind is Kind.CODE:
            for row in range(2, ROWS + 2):
                sheet.cell(row, index).number_format = "@"
        elif column.kind is Kind.DATE:
            for row in range(2, ROWS + 2):
                sheet.cell(row, index).number_format = "yyyy-mm-dd"
        choices: list[str] | None = None
        if column.kind is Kind.ENUM and column.enum is not None:
            choices = display_choices(column.enum)
        if choices:
            option_column += 1
            option_letter = get_column_letter(option_column)
            lists.cell(1, option_column, column.title)
            for offset, choice in enumerate(choices, start=2):
                lists.cell(offset, option_column, choice)
            source = f"=选项!${option_letter}$2:${option_letter}${len(choices) + 1}"
            rule = DataValidation(type="list", formula1=source, allow_blank=True)
        elif column.key in ("township", "village") and places:
            source_column = "A" if column.key == "township" else "B"
            source = f"=村列表!${source_column}$2:${source_column}${len(places) + 1}"
            rule = DataValidation(type="list", formula1=source, allow_blank=True)
        else:
            continue
        rule.error = "请从下拉列表中选择"
        rule.errorTitle = column.title
        sheet.add_data_validation(rule)
        rule.add(target)
    lists.sheet_state = "hidden"

    help_sheet = workbook.create_sheet("说明", 0)
    for line in INSTRUCTIONS:
        help_sheet.append([line])
    help_sheet["A1"].font = Font(bold=True, size=13)
    help_sheet.column_dimensions["A"].width = 100
    workbook.active = 1
    workbook.save(path)
    return path
