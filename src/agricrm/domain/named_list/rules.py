"""The named-list rules document (名单制管理规则): posts and quotas, eligibility, basic products,
targets and the notice interval, as data.

Like the classification rules, one JSON document with a `schema` of its own and the branch's
`version`, so it can be kept in the database, edited on a rules screen and carried in a sync
package; `check_named_list_rules` names every problem by its path.

Why the defaults are what they are: they are the rule of a county branch of a large agricultural
bank quoted in issue 15 —

* posts and minimum quotas: 网点负责人 (branch head) and 大堂经理 (lobby manager) 25 customers
  or more, 会计主管 (accounting supervisor) 20, 柜员/后台 (tellers and back office) 10, 三农客户经理
  (rural officers) 5.  Post names are the branch's data (like the product catalogue's names), so
  they are written as the branch writes them;
* eligible: a quality customer (segment 优质) *or* a card at gold level or above (金卡及以上) —
  either is enough ("any of");
* basic products: personal online banking (`online_banking`), a fund savings plan (`fund_plan`)
  and at least one wealth product (`wealth`).  Two items of the quoted rule are *not* held
  products and are left out: "a deposit product" has no code in the default catalogue (deposits
  are a balance on the file, not a product held; a branch that sells a named deposit product
  adds it to its catalogue and then to this list), and "80 % or more of transactions
  self-service" is a ratio of transactions nobody records here;
* targets: customers at gold-card level or above growing 15 % a year or more, making up 1 % or
  more of all customers, and 20 or more per member of staff on average;
* every listed customer is told quarterly (every 3 months) how their money did.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from agricrm.domain.classification.facts import CardLevel, Product, Segment

SCHEMA = 1
"""The document's own schema number: bump it when the shape changes, and read older ones."""


@dataclass(frozen=True, slots=True)
class Post:
    """A post staff hold besides their permission role (网点负责人 …), and how many listed
    customers someone in it maintains at least."""

    code: str
    name: str
    quota: int


@dataclass(frozen=True, slots=True)
class Eligibility:
    """Who may be listed: a customer of one of `segments` (Segment codes) *or* with a card at
    `min_card_level` (a CardLevel code) or above.  Either list may be empty, not both."""

    segments: tuple[str, ...]
    min_card_level: str | None


@dataclass(frozen=True, slots=True)
class Targets:
    """The branch's yearly targets for customers at `card_level` or above: growth over a year
    (per cent), their share of all customers (per cent), and their number per member of staff."""

    card_level: str
    growth_percent: Decimal
    share_percent: Decimal
    per_staff: Decimal


@dataclass(frozen=True)
class NamedListRules:
    version: int
    posts: tuple[Post, ...]  # in the order the branch lists them
    eligibility: Eligibility
    required_products: tuple[str, ...]  # product codes of the branch's catalogue
    targets: Targets
    notice_months: int  # how often a listed customer is told how their money did

    def post(self, code: str) -> Post | None:
        return next((post for post in self.posts if post.code == code), None)

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable document (`named_list_rules_from_json` reads it back equal).

        Quotas are a section of their own, keyed by post code, so the rules screen edits them
        in one column and a quota for a post that is not in the list is named as such."""
        eligibility: dict[str, Any] = {"segments": list(self.eligibility.segments)}
        if self.eligibility.min_card_level is not None:
            eligibility["min_card_level"] = self.eligibility.min_card_level
        return {
            "schema": SCHEMA,
            "version": self.version,
            "posts": [{"code": post.code, "name": post.name} for post in self.posts],
            "quotas": {post.code: post.quota for post in self.posts},
            "eligibility": eligibility,
            "required_products": list(self.required_products),
            "targets": {
                "card_level": self.targets.card_level,
                "growth_percent": number_json(self.targets.growth_percent),
                "share_percent": number_json(self.targets.share_percent),
                "per_staff": number_json(self.targets.per_staff),
            },
            "notice_months": self.notice_months,
        }


def number_json(value: Decimal) -> int | float:
    """Whole numbers as JSON integers, others as the shortest float that reads back equal."""
    return int(value) if value == value.to_integral_value() else float(value)


_CARD_RANKS = {level.value: rank for rank, level in enumerate(CardLevel)}


def card_rank(code: str) -> int:
    """A card level's place, lowest first, so "gold or above" is a comparison."""
    return _CARD_RANKS[code]


DEFAULT_NAMED_LIST_RULES = NamedListRules(
    version=1,
    posts=(
        Post("branch_head", "网点负责人", 25),
        Post("lobby_manager", "大堂经理", 25),
        Post("accounting_supervisor", "会计主管", 20),
        Post("teller", "柜员/后台", 10),
        Post("rural_officer", "三农客户经理", 5),
    ),
    eligibility=Eligibility((Segment.QUALITY.value,), CardLevel.GOLD.value),
    required_products=(
        Product.ONLINE_BANKING.value,
        Product.FUND_PLAN.value,
        Product.WEALTH.value,
    ),
    targets=Targets(CardLevel.GOLD.value, Decimal(15), Decimal(1), Decimal(20)),
    notice_months=3,
)
