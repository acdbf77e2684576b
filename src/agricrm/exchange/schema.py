"""The sync package format, declared once: which sheets, which columns, what each holds.

Column titles are Chinese constants, not translated text: they are a file format that
headquarters' own tools read, so they must not change with the interface language.  Each column
also has a stable machine key (written as the second header row) so that renamed, reordered or
extra columns in a workbook edited by people are still matched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from functools import cached_property

from agricrm.domain.care import CareKind, CareOccasion, Festival
from agricrm.domain.classification.facts import CardLevel, CreditStatus
from agricrm.domain.complaints import (
    ComplaintAction,
    ComplaintCause,
    ComplaintChannel,
    ComplaintSeverity,
    ComplaintStatus,
    ReplyMethod,
    Responsibility,
    Satisfaction,
)
from agricrm.domain.enums import (
    BusinessMode,
    CreditGrade,
    CustomerStatus,
    Education,
    Ethnicity,
    Gender,
    GuaranteeType,
    LoanClassification,
    Need,
    ProductionKind,
    Role,
)
from agricrm.domain.household import Relation
from agricrm.domain.visits import Problem, ServiceOffered, VisitMode, VisitStatus, VisitType
from agricrm.models import (
    CareEvent,
    Complaint,
    ComplaintEvent,
    ConflictResolution,
    Customer,
    CustomerProduct,
    CustomerStatusChange,
    FollowUpAction,
    HouseholdMember,
    Loan,
    NamedListAssignment,
    Product,
    ProductionItem,
    User,
    Village,
    Visit,
)
from agricrm.models.base import Base

FORMAT_NAME = "agricrm-sync"
FORMAT_VERSION = 1
# The newest database revision that changed what a package's sheets say: a synced table, or
# the meaning of a column (0007: `_history` holds version ids, see `exchange.lineage`).  A
# package carries this, not the database's own revision, so a release whose migrations only
# touch local tables (derived data, bookkeeping) still exchanges with devices a step behind,
# and a device that would misread a package refuses it.  A test compares the synced tables at
# this revision with today's.
PACKAGE_SCHEMA = "0013_named_lists"
META_SHEET = "同步信息"
HISTORY_KEY = "_history"


class Kind(Enum):
    UUID = "uuid"
    TEXT = "text"
    CODE = "code"  # digits that must stay text: ID numbers, phones
    INT = "int"
    DECIMAL = "decimal"
    DATE = "date"
    TIMESTAMP = "timestamp"  # exact UTC instant, written as ISO text
    BOOL = "bool"
    ENUM = "enum"
    CODESET = "codeset"
    TAGS = "tags"
    REF = "ref"  # another record, by uuid


@dataclass(frozen=True, eq=False)  # by identity: cached converters look columns up per cell
class Column:
    key: str
    title: str
    kind: Kind
    attr: str | None = None  # model attribute; None for derived or reference columns
    enum: type[StrEnum] | None = None
    ref: str | None = None  # entity referenced by a REF column
    required: bool = False
    width: int = 14
    export_only: bool = False  # shown to people (e.g. a customer's name next to its uuid)
    max_length: int | None = None
    via: tuple[str, str] | None = None  # export_only value: (REF column key, attribute there)
    money: bool = False  # an amount in yuan: shown to people as `format_amount` writes it
    # given once when the record is made and never changed (a readable number): it travels,
    # but it is not what the record says, so it is not part of its content and never conflicts
    fixed: bool = False

    @property
    def model_attr(self) -> str:
        return self.attr or self.key


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: there is one per sheet
class SheetSpec:
    entity: str
    title: str
    model: type[Base]
    columns: tuple[Column, ...]
    parent: str | None = None  # entity this sheet's rows belong to (for ordering and checks)
    natural_keys: tuple[str, ...] = field(default=())
    # How a row typed by people may name its parent instead of the parent's uuid (a household
    # register's members sheet names its customer by 户码): read from a workbook to find the
    # parent, never exported and never stored.
    finders: tuple[Column, ...] = field(default=())
    # What a row typed by people may say that becomes other records (the products a customer
    # holds, "手机银行、惠农卡"): read from a workbook, never exported and never stored as such.
    extras: tuple[Column, ...] = field(default=())

    @cached_property
    def content_columns(self) -> tuple[Column, ...]:
        """What a record *is*: every column but bookkeeping and display-only ones."""
        skip = {"row_version", "updated_at", "created_at", HISTORY_KEY}
        return tuple(
            c for c in self.columns if c.key not in skip and not c.export_only and not c.fixed
        )

    @cached_property
    def stored_columns(self) -> tuple[Column, ...]:
        """Columns with a place in the database (everything but display and history)."""
        return tuple(c for c in self.columns if not c.export_only and c.key != HISTORY_KEY)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _sync_columns() -> tuple[Column, ...]:
    return (
        Column("created_at", "创建时间(UTC)", Kind.TIMESTAMP, width=27),
        Column("updated_at", "更新时间(UTC)", Kind.TIMESTAMP, width=27),
        Column("row_version", "版本", Kind.INT, width=6),
        Column("deleted", "已删除", Kind.BOOL, width=7),
        # content hashes this record had when it was last exchanged (see agricrm.models.sync)
        Column(HISTORY_KEY, "同步历史", Kind.TEXT, width=20),
    )


UUID = Column("uuid", "记录编号", Kind.UUID, width=38)

USERS = SheetSpec(
    "users",
    "客户经理",
    User,
    (
        UUID,
        Column("username", "登录名", Kind.TEXT, required=True, max_length=40),
        Column("display_name", "姓名", Kind.TEXT, required=True, max_length=40),
        Column("role", "角色", Kind.ENUM, enum=Role, required=True),
        Column("active", "在职", Kind.BOOL),
        Column("post", "岗位", Kind.TEXT, max_length=40, width=12),
        *_sync_columns(),
    ),
    natural_keys=("username",),
)

VILLAGES = SheetSpec(
    "villages",
    "村",
    Village,
    (
        UUID,
        Column("township", "乡镇", Kind.TEXT, required=True, max_length=40),
        Column("name", "村", Kind.TEXT, required=True, max_length=40),
        *_sync_columns(),
    ),
    natural_keys=("township", "name"),
)

CUSTOMERS = SheetSpec(
    "customers",
    "客户",
    Customer,
    (
        UUID,
        Column("number", "档案编号", Kind.TEXT, max_length=24, width=16, fixed=True),
        Column("name", "姓名", Kind.TEXT, required=True, max_length=40, width=10),
        Column("gender", "性别", Kind.ENUM, enum=Gender, width=6),
        Column("birth_date", "出生日期", Kind.DATE, width=12),
        Column("id_number", "身份证号", Kind.CODE, width=21),
        Column("phone", "手机号码", Kind.CODE, width=14),
        Column("landline", "固定电话", Kind.CODE, width=15),
        Column("ethnicity", "民族", Kind.ENUM, enum=Ethnicity, width=8),
        Column("education", "文化程度", Kind.ENUM, enum=Education, width=12),
        Column("household_size", "家庭人口", Kind.INT, width=8),
        Column("household_code", "户码", Kind.TEXT, max_length=30, width=14),
        Column("province", "省", Kind.TEXT, max_length=40, width=8),
        Column("city", "市", Kind.TEXT, max_length=40, width=8),
        Column("county", "县", Kind.TEXT, max_length=40, width=8),
        Column("township", "乡镇", Kind.TEXT, required=True, max_length=40, width=10),
        Column("village", "村", Kind.TEXT, required=True, max_length=40, width=10),
        Column("address_detail", "详细地址", Kind.TEXT, max_length=200, width=20),
        Column("business_mode", "经营模式", Kind.ENUM, enum=BusinessMode, width=12),
        Column("land_area_mu", "耕地面积(亩)", Kind.DECIMAL, width=12),
        Column("annual_income", "年收入(元)", Kind.DECIMAL, width=12, money=True),
        Column("technology_notes", "技术情况", Kind.TEXT, width=16),
        Column("credit_grade", "信用等级", Kind.ENUM, enum=CreditGrade, width=8),
        Column("credit_notes", "信用备注", Kind.TEXT, width=16),
        Column("cooperation_since", "合作起始日期", Kind.DATE, width=12),
        Column("deposit_balance", "存款余额(元)", Kind.DECIMAL, width=14, money=True),
        Column("deposit_average", "日均存款(元)", Kind.DECIMAL, width=14, money=True),
        Column("deposits_read_on", "存款数据日期", Kind.DATE, width=12),
        Column("card_level", "卡等级", Kind.ENUM, enum=CardLevel, width=8),
        Column("vip_marked_on", "VIP标识日期", Kind.DATE, width=12),
        Column(
            "vip_marked_by_uuid",
            "VIP标识人编号",
            Kind.REF,
            attr="vip_marked_by_id",
            ref="users",
            width=38,
        ),
        Column(
            "vip_marked_by_name",
            "VIP标识人",
            Kind.TEXT,
            export_only=True,
            via=("vip_marked_by_uuid", "display_name"),
            width=10,
        ),
        Column("credit_override", "信用人工认定", Kind.ENUM, enum=CreditStatus, width=10),
        Column("credit_override_reason", "认定理由", Kind.TEXT, width=16),
        # the fingerprint of the credit facts the override was set on: when they change, the
        # computed status is back (agricrm.domain.classification)
        Column("credit_override_facts", "认定依据", Kind.TEXT, max_length=40, width=18),
        Column("needs", "需求", Kind.CODESET, enum=Need, width=16),
        Column("needs_notes", "需求说明", Kind.TEXT, width=16),
        Column("notes", "备注", Kind.TEXT, width=16),
        Column("status", "客户状态", Kind.ENUM, enum=CustomerStatus, width=10),
        Column("officer_uuid", "客户经理编号", Kind.REF, attr="officer_id", ref="users", width=38),
        Column(
            "officer_name",
            "客户经理",
            Kind.TEXT,
            export_only=True,
            via=("officer_uuid", "display_name"),
            width=10,
        ),
        Column("tags", "标签", Kind.TAGS, width=10),
        Column("keeps_lunar_birthday", "按农历过生日", Kind.BOOL, width=8),
        Column("archived_at", "归档时间(UTC)", Kind.TIMESTAMP, width=27),
        *_sync_columns(),
    ),
    natural_keys=("id_number", "phone", "name+village"),
    extras=(Column("products_held", "持有产品", Kind.TEXT, width=20),),
)


def _customer_shown() -> tuple[Column, Column]:
    """The customer a row belongs to, as people know them (the uuid beside is what counts)."""
    return (
        Column(
            "customer_name",
            "客户姓名",
            Kind.TEXT,
            export_only=True,
            via=("customer_uuid", "name"),
            width=10,
        ),
        Column(
            "customer_number",
            "档案编号",
            Kind.TEXT,
            export_only=True,
            via=("customer_uuid", "number"),
            width=16,
        ),
    )


def _child_columns() -> tuple[Column, ...]:
    return (
        UUID,
        Column(
            "customer_uuid",
            "客户编号",
            Kind.REF,
            attr="customer_id",
            ref="customers",
            required=True,
            width=38,
        ),
        *_customer_shown(),
    )


PRODUCTION_ITEMS = SheetSpec(
    "production_items",
    "生产项目",
    ProductionItem,
    (
        *_child_columns(),
        Column("kind", "类别", Kind.ENUM, enum=ProductionKind, required=True, width=8),
        Column("name", "名称", Kind.TEXT, required=True, max_length=40, width=12),
        Column("quantity", "数量", Kind.DECIMAL, width=10),
        Column("unit", "单位", Kind.TEXT, max_length=10, width=6),
        Column("cycle", "周期", Kind.TEXT, max_length=40, width=10),
        Column("notes", "备注", Kind.TEXT, width=16),
        *_sync_columns(),
    ),
    parent="customers",
)

PRODUCTS = SheetSpec(
    "products",
    "产品目录",
    Product,
    (
        UUID,
        Column("code", "产品代码", Kind.TEXT, required=True, max_length=40, width=16),
        Column("name", "产品名称", Kind.TEXT, required=True, max_length=60, width=16),
        Column("retired", "已停用", Kind.BOOL, width=7),
        *_sync_columns(),
    ),
    natural_keys=("code",),
)

CUSTOMER_PRODUCTS = SheetSpec(
    "customer_products",
    "客户产品",
    CustomerProduct,
    (
        *_child_columns(),
        Column(
            "product_uuid",
            "产品编号",
            Kind.REF,
            attr="product_id",
            ref="products",
            required=True,
            width=38,
        ),
        Column(
            "product_name",
            "产品名称",
            Kind.TEXT,
            export_only=True,
            via=("product_uuid", "name"),
            width=14,
        ),
        Column("since", "开始日期", Kind.DATE, width=12),
        *_sync_columns(),
    ),
    parent="customers",
)

HOUSEHOLD_MEMBERS = SheetSpec(
    "household_members",
    "家庭成员",
    HouseholdMember,
    (
        *_child_columns(),
        Column("name", "成员姓名", Kind.TEXT, required=True, max_length=40, width=10),
        Column("relation", "与户主关系", Kind.ENUM, enum=Relation, required=True, width=10),
        Column("id_number", "身份证号", Kind.CODE, width=21),
        Column("phone", "手机号码", Kind.CODE, width=14),
        Column("notes", "备注", Kind.TEXT, width=16),
        *_sync_columns(),
    ),
    parent="customers",
    # a register's members sheet names the household, not the customer's uuid; the planner
    # finds the customer by these, in this order (`services.sync_import`)
    finders=(
        Column("customer_number", "档案编号", Kind.TEXT, max_length=24),
        Column("head_id_number", "户主身份证号", Kind.CODE),
        Column("household_code", "户码", Kind.TEXT, max_length=30),
    ),
)

LOANS = SheetSpec(
    "loans",
    "贷款",
    Loan,
    (
        *_child_columns(),
        Column("lender", "贷款机构", Kind.TEXT, max_length=60, width=14),
        Column("product", "贷款产品", Kind.TEXT, max_length=60, width=16),
        Column("amount", "贷款金额(元)", Kind.DECIMAL, required=True, width=12, money=True),
        Column("balance", "贷款余额(元)", Kind.DECIMAL, required=True, width=12, money=True),
        Column("start_date", "起始日", Kind.DATE, required=True, width=12),
        Column("due_date", "到期日", Kind.DATE, required=True, width=12),
        Column("classification", "五级分类", Kind.ENUM, enum=LoanClassification, required=True),
        Column("guarantee_type", "担保方式", Kind.ENUM, enum=GuaranteeType, required=True),
        Column("notes", "备注", Kind.TEXT, width=16),
        *_sync_columns(),
    ),
    parent="customers",
)

STATUS_CHANGES = SheetSpec(
    "customer_status_changes",
    "客户状态变更",
    CustomerStatusChange,
    (
        *_child_columns(),
        Column("from_status", "原状态", Kind.ENUM, enum=CustomerStatus),
        Column("to_status", "新状态", Kind.ENUM, enum=CustomerStatus, required=True),
        Column(
            "changed_by_uuid",
            "操作人编号",
            Kind.REF,
            attr="changed_by_id",
            ref="users",
            required=True,
            width=38,
        ),
        Column("changed_at", "变更时间(UTC)", Kind.TIMESTAMP, required=True, width=27),
        Column("reason", "原因", Kind.TEXT, width=20),
        *_sync_columns(),
    ),
    parent="customers",
)


def _officer_columns(key: str, title: str, attr: str) -> tuple[Column, Column]:
    return (
        Column(key, f"{title}编号", Kind.REF, attr=attr, ref="users", required=True, width=38),
        Column(
            key.replace("_uuid", "_name"),
            title,
            Kind.TEXT,
            export_only=True,
            via=(key, "display_name"),
            width=10,
        ),
    )


NAMED_LIST_ASSIGNMENTS = SheetSpec(
    "named_list_assignments",
    "名单制维护",
    NamedListAssignment,
    (
        *_child_columns(),
        *_officer_columns("maintainer_uuid", "维护人", "maintainer_id"),
        Column("assigned_on", "指定日期", Kind.DATE, required=True, width=12),
        *_officer_columns("assigned_by_uuid", "指定人", "assigned_by_id"),
        Column("reason", "指定理由", Kind.TEXT, width=20),
        Column("eligible", "指定时符合条件", Kind.BOOL, width=8),
        Column("ended_on", "结束日期", Kind.DATE, width=12),
        Column("ended_by_uuid", "结束人编号", Kind.REF, attr="ended_by_id", ref="users", width=38),
        Column(
            "ended_by_name",
            "结束人",
            Kind.TEXT,
            export_only=True,
            via=("ended_by_uuid", "display_name"),
            width=10,
        ),
        Column("end_reason", "结束理由", Kind.TEXT, width=20),
        *_sync_columns(),
    ),
    parent="customers",
)

VISITS = SheetSpec(
    "visits",
    "走访记录",
    Visit,
    (
        *_child_columns(),
        Column("number", "走访编号", Kind.TEXT, max_length=24, width=20, fixed=True),
        *_officer_columns("officer_uuid", "客户经理", "officer_id"),
        Column("status", "状态", Kind.ENUM, enum=VisitStatus, required=True, width=8),
        Column("visit_type", "走访类型", Kind.ENUM, enum=VisitType, required=True, width=10),
        Column("mode", "走访方式", Kind.ENUM, enum=VisitMode, required=True, width=10),
        Column("visit_date", "走访日期", Kind.DATE, required=True, width=12),
        Column("planned_date", "计划日期", Kind.DATE, width=12),
        Column("actual_at", "实际时间(UTC)", Kind.TIMESTAMP, width=27),
        Column("township", "乡镇", Kind.TEXT, max_length=40, width=10),
        Column("village", "村", Kind.TEXT, max_length=40, width=10),
        Column("attendees", "参加人员", Kind.TEXT, max_length=200, width=14),
        Column("purpose", "走访目的", Kind.TEXT, max_length=200, width=16),
        Column("production_condition", "生产经营情况", Kind.TEXT, width=20),
        Column("problems", "遇到的问题", Kind.CODESET, enum=Problem, width=16),
        Column("needs", "发现的需求", Kind.CODESET, enum=Need, width=16),
        Column("services_offered", "提供的服务", Kind.CODESET, enum=ServiceOffered, width=16),
        Column("notes", "备注", Kind.TEXT, width=16),
        Column("next_visit_date", "下次走访日期", Kind.DATE, width=12),
        Column("satisfaction", "满意度", Kind.INT, width=7),
        *_sync_columns(),
    ),
    parent="customers",
)

FOLLOW_UPS = SheetSpec(
    "follow_up_actions",
    "后续跟进",
    FollowUpAction,
    (
        UUID,
        Column(
            "visit_uuid",
            "走访记录编号",
            Kind.REF,
            attr="visit_id",
            ref="visits",
            required=True,
            width=38,
        ),
        Column("description", "跟进事项", Kind.TEXT, required=True, max_length=200, width=24),
        Column("due_date", "完成期限", Kind.DATE, required=True, width=12),
        Column("done_at", "完成时间(UTC)", Kind.TIMESTAMP, width=27),
        *_sync_columns(),
    ),
    parent="visits",
)

CARE_EVENTS = SheetSpec(
    "care_events",
    "客户关怀",
    CareEvent,
    (
        *_child_columns(),
        *_officer_columns("officer_uuid", "客户经理", "officer_id"),
        Column("kind", "关怀方式", Kind.ENUM, enum=CareKind, required=True, width=8),
        Column("occasion", "关怀事由", Kind.ENUM, enum=CareOccasion, required=True, width=10),
        Column("festival", "节日", Kind.ENUM, enum=Festival, width=8),
        Column("occasion_date", "事由日期", Kind.DATE, width=12),
        Column("at", "关怀时间(UTC)", Kind.TIMESTAMP, required=True, width=27),
        Column("notes", "备注", Kind.TEXT, width=16),
        *_sync_columns(),
    ),
    parent="customers",
)


def _customer_reference(required: bool) -> tuple[Column, Column]:
    return (
        Column(
            "customer_uuid",
            "客户编号",
            Kind.REF,
            attr="customer_id",
            ref="customers",
            required=required,
            width=38,
        ),
        *_customer_shown(),
    )


def _complaint_steps() -> tuple[Column, ...]:
    """What investigating, resolving, answering and closing record (on the complaint and on
    each step of its history)."""
    return (
        Column("cause", "原因", Kind.ENUM, enum=ComplaintCause, width=12),
        Column("responsibility", "责任归属", Kind.ENUM, enum=Responsibility, width=10),
        Column("findings", "调查结果", Kind.TEXT, width=20),
        Column("measures", "处理措施", Kind.TEXT, width=20),
        Column("compensation", "补偿金额(元)", Kind.DECIMAL, width=12, money=True),
        Column("reply_method", "答复方式", Kind.ENUM, enum=ReplyMethod, width=10),
        Column("replied_at", "答复时间(UTC)", Kind.TIMESTAMP, width=27),
        Column("reply_content", "答复内容", Kind.TEXT, width=20),
        Column("satisfaction", "满意度", Kind.ENUM, enum=Satisfaction, width=10),
    )


COMPLAINTS = SheetSpec(
    "complaints",
    "投诉",
    Complaint,
    (
        UUID,
        Column("number", "投诉编号", Kind.TEXT, required=True, max_length=20, width=16),
        *_customer_reference(required=False),
        Column("caller_name", "来电人", Kind.TEXT, max_length=40, width=10),
        Column("caller_phone", "来电人电话", Kind.CODE, width=14),
        Column("channel", "渠道", Kind.ENUM, enum=ComplaintChannel, required=True, width=10),
        # a code from the branch's configurable list (see Settings → complaints)
        Column("category", "类别代码", Kind.TEXT, required=True, max_length=40, width=18),
        Column("severity", "严重程度", Kind.ENUM, enum=ComplaintSeverity, required=True),
        Column("description", "投诉内容", Kind.TEXT, required=True, width=30),
        Column("received_at", "受理时间(UTC)", Kind.TIMESTAMP, required=True, width=27),
        Column("due_at", "答复期限(UTC)", Kind.TIMESTAMP, required=True, width=27),
        Column("status", "状态", Kind.ENUM, enum=ComplaintStatus, required=True, width=8),
        *_officer_columns("officer_uuid", "处理人", "officer_id"),
        *_complaint_steps(),
        Column("closed_at", "关闭时间(UTC)", Kind.TIMESTAMP, width=27),
        Column("reopened_at", "重新打开时间(UTC)", Kind.TIMESTAMP, width=27),
        Column("reopen_count", "重新打开次数", Kind.INT, width=8),
        *_sync_columns(),
    ),
)

COMPLAINT_EVENTS = SheetSpec(
    "complaint_events",
    "投诉处理记录",
    ComplaintEvent,
    (
        UUID,
        Column(
            "complaint_uuid",
            "投诉编号(记录)",
            Kind.REF,
            attr="complaint_id",
            ref="complaints",
            required=True,
            width=38,
        ),
        Column("action", "操作", Kind.ENUM, enum=ComplaintAction, required=True, width=10),
        Column("from_status", "原状态", Kind.ENUM, enum=ComplaintStatus, width=8),
        Column("to_status", "新状态", Kind.ENUM, enum=ComplaintStatus, required=True, width=8),
        *_officer_columns("actor_uuid", "操作人", "actor_id"),
        Column("happened_at", "时间(UTC)", Kind.TIMESTAMP, required=True, width=27),
        Column("note", "说明", Kind.TEXT, width=20),
        Column("handler_uuid", "处理人编号", Kind.REF, attr="officer_id", ref="users", width=38),
        Column(
            "event_customer_uuid",
            "关联客户编号",
            Kind.REF,
            attr="customer_id",
            ref="customers",
            width=38,
        ),
        Column("category", "类别代码", Kind.TEXT, max_length=40, width=18),
        Column("severity", "严重程度", Kind.ENUM, enum=ComplaintSeverity),
        Column("due_at", "答复期限(UTC)", Kind.TIMESTAMP, width=27),
        *_complaint_steps(),
        *_sync_columns(),
    ),
    parent="complaints",
)

CONFLICT_RESOLUTIONS = SheetSpec(
    "conflict_resolutions",
    "冲突处理记录",
    ConflictResolution,
    (
        UUID,
        Column("entity", "数据类别", Kind.TEXT, required=True, width=12),
        Column("record_uuid", "记录编号", Kind.TEXT, required=True, width=38),
        Column("choices_json", "处理结果", Kind.TEXT, required=True, width=40),
        Column(
            "resolved_by_uuid",
            "处理人编号",
            Kind.REF,
            attr="resolved_by_id",
            ref="users",
            width=38,
        ),
        Column("resolved_by_name", "处理人", Kind.TEXT, width=10),
        Column("resolved_at", "处理时间(UTC)", Kind.TIMESTAMP, required=True, width=27),
        Column("note", "说明", Kind.TEXT, width=20),
        *_sync_columns(),
    ),
)

# Order matters: a sheet may only refer to sheets before it.
SHEETS: tuple[SheetSpec, ...] = (
    USERS,
    VILLAGES,
    PRODUCTS,
    CUSTOMERS,
    PRODUCTION_ITEMS,
    HOUSEHOLD_MEMBERS,
    CUSTOMER_PRODUCTS,
    NAMED_LIST_ASSIGNMENTS,
    LOANS,
    STATUS_CHANGES,
    VISITS,
    FOLLOW_UPS,
    CARE_EVENTS,
    COMPLAINTS,
    COMPLAINT_EVENTS,
    CONFLICT_RESOLUTIONS,
)
# The order an import reads and checks the sheets in: still each after those it refers to,
# but the visits (a package's biggest sheet) right after the customers.  A worker reads the
# next sheets while the import checks one (`services.sync_import_reader`); reading the visits
# while the customers are checked leaves the import 7 s less waiting at 100,000 customers.
IMPORT_ORDER: tuple[SheetSpec, ...] = (
    USERS,
    VILLAGES,
    PRODUCTS,
    CUSTOMERS,
    VISITS,
    FOLLOW_UPS,
    PRODUCTION_ITEMS,
    HOUSEHOLD_MEMBERS,
    CUSTOMER_PRODUCTS,
    NAMED_LIST_ASSIGNMENTS,
    LOANS,
    STATUS_CHANGES,
    CARE_EVENTS,
    COMPLAINTS,
    COMPLAINT_EVENTS,
    CONFLICT_RESOLUTIONS,
)
BY_ENTITY = {spec.entity: spec for spec in SHEETS}
BY_TITLE = {spec.title: spec for spec in SHEETS}


def specs_in_order(entities: Sequence[str] | None = None) -> tuple[SheetSpec, ...]:
    return tuple(s for s in SHEETS if entities is None or s.entity in entities)
