"""What every screen needs: the database, the acting user and the services over them."""

from __future__ import annotations

from dataclasses import dataclass, field

from agricrm.db.database import Database
from agricrm.services.actor import Actor
from agricrm.services.customers import CustomerService
from agricrm.services.visits import VisitService


@dataclass
class AppContext:
    db: Database
    actor: Actor
    customers: CustomerService = field(init=False)
    visits: VisitService = field(init=False)

    def __post_init__(self) -> None:
        self.customers = CustomerService(self.db)
        self.visits = VisitService(self.db)
