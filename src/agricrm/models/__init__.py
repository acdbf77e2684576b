"""SQLAlchemy 2.0 typed models; importing this package registers every table on `Base`."""

from agricrm.models.base import Base, SyncMixin
from agricrm.models.classes import ClassChange, CustomerClasses, CustomerProduct, Product
from agricrm.models.complaint import Complaint, ComplaintEvent
from agricrm.models.customer import (
    Customer,
    CustomerStatusChange,
    HouseholdMember,
    Loan,
    ProductionItem,
)
from agricrm.models.derived import DerivedState
from agricrm.models.named_list import NamedListAssignment
from agricrm.models.reference import AppSetting, Village
from agricrm.models.search import customer_search_terms
from agricrm.models.sync import (
    ConflictResolution,
    SyncAlias,
    SyncConflict,
    SyncCounter,
    SyncHistory,
    SyncImport,
    SyncPeer,
    SyncState,
)
from agricrm.models.user import User
from agricrm.models.visit import (
    Attachment,
    CareEvent,
    CustomerSchedule,
    FollowUpAction,
    Visit,
)

__all__ = [
    "AppSetting",
    "Attachment",
    "Base",
    "CareEvent",
    "ClassChange",
    "Complaint",
    "ComplaintEvent",
    "ConflictResolution",
    "Customer",
    "CustomerClasses",
    "CustomerProduct",
    "CustomerSchedule",
    "CustomerStatusChange",
    "DerivedState",
    "FollowUpAction",
    "HouseholdMember",
    "Loan",
    "NamedListAssignment",
    "Product",
    "ProductionItem",
    "SyncAlias",
    "SyncConflict",
    "SyncCounter",
    "SyncHistory",
    "SyncImport",
    "SyncMixin",
    "SyncPeer",
    "SyncState",
    "User",
    "Village",
    "Visit",
    "customer_search_terms",
]
