from agricrm.i18n import QT_TRANSLATE_NOOP, Catalog, catalog, untranslated
from agricrm.resources import resource_path

GREETING = QT_TRANSLATE_NOOP("Tests", "Hello {name}")


def test_messages_render_with_parameters_and_nested_texts() -> None:
    from agricrm.domain.enums import CustomerStatus

    message = GREETING(name=CustomerStatus.ACTIVE.label)
    assert message.render(untranslated) == "Hello Active"


def test_the_cli_catalogue_reads_the_committed_translations() -> None:
    zh = catalog("zh_CN")
    assert zh is not None
    assert zh.translate("CustomerStatus", "Active") == "正式"
    assert zh.translate("Nowhere", "Untranslated stays") == "Untranslated stays"
    assert catalog("en") is None
    direct = Catalog.from_ts(resource_path("translations", "agricrm_zh_CN.ts"))
    assert direct.translate("Gender", "Female") == "女"
