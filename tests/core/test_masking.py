from agricrm.domain.masking import mask_id_number, mask_phone


def test_id_numbers_keep_region_and_last_four() -> None:
    assert mask_id_number("110105194912310024") == "110105********0024"
    assert mask_id_number("37132119850312004X") == "371321********004X"
    assert mask_id_number(" 110105194912310024 ") == "110105********0024"
    assert mask_id_number("110105491231002") == "110105******002"  # 15-digit first generation


def test_mobile_numbers_keep_prefix_and_last_four() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("138 1234 5678") == "138****5678"


def test_empty_and_odd_values_never_print_in_full() -> None:
    assert mask_id_number("") == mask_id_number(None) == ""
    assert mask_phone("") == mask_phone(None) == ""
    assert mask_id_number("12345") == "***45"
    assert mask_phone("0539-1234567") == "*******4567"
    assert mask_phone("12") == "*2"
