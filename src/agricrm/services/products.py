"""The branch's product catalogue (个人网银, 手机银行, 惠农卡 …): listed for everyone, kept by
managers; a product is retired, never deleted (see `agricrm.domain.products`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from agricrm.db.database import Database
from agricrm.db.door import Cause, Writer, writer_of
from agricrm.domain.classification.facts import Product as DefaultProduct
from agricrm.domain.errors import FieldError, NotFound, ValidationFailed
from agricrm.domain.products import check_product
from agricrm.i18n import QT_TRANSLATE_NOOP, Translate
from agricrm.models import Product
from agricrm.services.actor import Actor
from agricrm.services.policy import ensure_manager

CODE_TAKEN = QT_TRANSLATE_NOOP("Products", "The catalogue has a product with the code {code}.")
PRODUCT_NOT_FOUND = QT_TRANSLATE_NOOP("Products", "The product does not exist.")


@dataclass(frozen=True)
class ProductEntry:
    id: int
    code: str
    name: str
    retired: bool


def list_products(db: Database, actor: Actor, *, with_retired: bool = False) -> list[ProductEntry]:
    """The catalogue in the order it was built; retired products only when asked (a file
    that holds one still shows it)."""
    with db.read() as session:
        statement = select(Product.id, Product.code, Product.name, Product.retired).where(
            ~Product.deleted
        )
        if not with_retired:
            statement = statement.where(~Product.retired)
        return [ProductEntry(*row) for row in session.execute(statement.order_by(Product.id))]


def add_product(db: Database, actor: Actor, code: str, name: str) -> ProductEntry:
    """A new product of the catalogue: a manager's decision."""
    ensure_manager(actor)
    code, name, errors = check_product(code, name)
    if errors:
        raise ValidationFailed(errors)
    with db.write(actor, Cause.FORM) as session:
        if _code_taken(session, code):
            raise ValidationFailed([FieldError("code", CODE_TAKEN(code=code))])
        product = Product(code=code, name=name)
        session.add(product)
        session.flush()
        return ProductEntry(product.id, code, name, False)


def set_retired(db: Database, actor: Actor, product_id: int, retired: bool) -> None:
    """Retire a product (no longer offered; holdings keep it) or bring it back."""
    ensure_manager(actor)
    with db.write(actor, Cause.FORM) as session:
        product = session.get(Product, product_id)
        if product is None or product.deleted:
            raise NotFound(PRODUCT_NOT_FOUND)
        product.retired = retired


def add_usual_products(db: Database, actor: Actor, translate: Translate) -> int:
    """The usual products the catalogue lacks, in one step (a branch that upgraded starts with
    an empty catalogue): a manager's decision."""
    ensure_manager(actor)
    with db.write(actor, Cause.FORM) as session:
        return _add_default_catalogue(writer_of(session), translate)


def _add_default_catalogue(writer: Writer, translate: Translate) -> int:
    """The usual products (`classification.facts.Product`) that the catalogue lacks, named in
    the branch's language; how many were added.  For a new branch and the demo; the caller
    holds the transaction and has checked its actor."""
    session = writer.session
    known = set(session.scalars(select(Product.code).where(~Product.deleted)))
    rows = [
        {"code": product.value, "name": product.label.render(translate), "retired": False}
        for product in DefaultProduct
        if product.value not in known
    ]
    writer.insert(Product.__table__, rows)  # type: ignore[arg-type]
    return len(rows)


def _code_taken(session: Session, code: str) -> bool:
    found = session.scalar(select(Product.id).where(Product.code == code, ~Product.deleted))
    return found is not None
