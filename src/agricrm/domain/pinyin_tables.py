"""The readings people type for names: tables kept as data, used by `domain.pinyin`.

Toneless, ü written as v (as on a keyboard).  Where a character has several readings here,
the first is the one a list sorts by.  Keep these tables to readings a Chinese reader would
accept for a person's name: pypinyin knows every reading a character ever had (董 zhong,
丁 zheng, 舒 yu, 冰 ning, 陈 zhen) and indexing those made a search find people nobody would
read that way (issue 12).
"""

from __future__ import annotations

# Single-character surnames whose surname reading differs from pypinyin's usual reading of
# the character, or that people type in more than one way.  A surname read differently from
# the everyday word (单 shan, 解 xie, 查 zha, 仇 qiu, 区 ou, 朴 piao) is also typed as the
# word by many who meet it written (单 dan), so both are kept, the surname reading first;
# 曾 is known as zeng to everyone, so ceng is not.  Any other surname is read only as
# pypinyin's usual reading of the character.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "曾": ("zeng",),
    "单": ("shan", "dan"),
    "解": ("xie", "jie"),
    "仇": ("qiu", "chou"),
    "查": ("zha", "cha"),
    "区": ("ou", "qu"),
    "朴": ("piao", "pu"),
    "乐": ("yue", "le"),
    "盖": ("ge", "gai"),
    "覃": ("qin", "tan"),
    "缪": ("miao",),
    "翟": ("zhai", "di"),
    "召": ("shao",),
    "秘": ("bi",),
    "种": ("chong",),
    "繁": ("po",),
    "隗": ("wei",),
    "员": ("yun",),
    "折": ("she",),
    "宿": ("su",),
    "能": ("nai",),
    "句": ("gou",),
    "纪": ("ji",),
    "燕": ("yan",),
    "阚": ("kan",),
    "冼": ("xian",),
    "洗": ("xian",),
    "黑": ("he",),
    "薄": ("bo",),
    "华": ("hua",),
    "任": ("ren",),
    "沈": ("shen",),
    "曲": ("qu",),
    "朝": ("chao",),
    "都": ("du",),
    "柏": ("bai",),
    "石": ("shi",),
    "重": ("chong",),
    "尉": ("wei",),
    "卜": ("bu",),
    "郇": ("huan", "xun"),
    "粘": ("nian",),
    "訾": ("zi",),
    "眭": ("sui",),
    "过": ("guo",),
    "贲": ("ben",),
    "蔺": ("lin",),
    "长": ("chang",),
    "乜": ("nie",),
    "蔚": ("yu", "wei"),
}

COMPOUND_SURNAMES: dict[str, tuple[str, str]] = {
    "欧阳": ("ou", "yang"),
    "司马": ("si", "ma"),
    "上官": ("shang", "guan"),
    "诸葛": ("zhu", "ge"),
    "东方": ("dong", "fang"),
    "皇甫": ("huang", "fu"),
    "尉迟": ("yu", "chi"),
    "公孙": ("gong", "sun"),
    "慕容": ("mu", "rong"),
    "长孙": ("zhang", "sun"),
    "宇文": ("yu", "wen"),
    "司徒": ("si", "tu"),
    "夏侯": ("xia", "hou"),
    "令狐": ("ling", "hu"),
    "万俟": ("mo", "qi"),
    "澹台": ("tan", "tai"),
    "轩辕": ("xuan", "yuan"),
    "端木": ("duan", "mu"),
    "西门": ("xi", "men"),
    "南宫": ("nan", "gong"),
    "独孤": ("du", "gu"),
    "申屠": ("shen", "tu"),
    "呼延": ("hu", "yan"),
    "单于": ("chan", "yu"),
    "闻人": ("wen", "ren"),
    "赫连": ("he", "lian"),
}

# Polyphones that really occur in given names, each with the readings people give them
# there (first: the commoner in names).  Where the list comes from: the characters Chinese
# naming guides warn about because readers of a name disagree (the "起名忌用多音字" advice:
# 乐天 le / 乐章 yue, 陈朝云 chao or zhao, 容志行 xing but often called hang, 刘瑞传, 王长行,
# 张筠婷 called jun for yun); readings of well-known names that people ask about (茜 qian,
# and xi since 茜茜公主; 晟 sheng, and cheng); and the polyphones of the demo branch's
# given-name pools (demo/data.py) that have two readings in names (乐 行 茜 筠 娜).  Only
# readings in living use are kept.  Left out on purpose: readings confined to words nobody is
# named after (强 jiang of 倔强, 和 huo/hu of 和面/和牌, 会 kuai of 会计, 伯 bai of 大伯子,
# 思 sai) and archaic ones (行 heng, 重 tong, 朝 zhu, 宁 zhu, 冰 ning, 舒 yu).
GIVEN_NAME_POLYPHONES: dict[str, tuple[str, ...]] = {
    "乐": ("le", "yue"),
    "行": ("xing", "hang"),
    "长": ("chang", "zhang"),
    "重": ("zhong", "chong"),
    "朝": ("zhao", "chao"),
    "调": ("tiao", "diao"),
    "传": ("chuan", "zhuan"),
    "晟": ("sheng", "cheng"),
    "茜": ("qian", "xi"),
    "筠": ("yun", "jun"),
    "柏": ("bai", "bo"),
    "蔚": ("wei", "yu"),
    "娜": ("na", "nuo"),
    "莘": ("xin", "shen"),
    "隽": ("jun", "juan"),
    "屏": ("ping", "bing"),
    "泊": ("bo", "po"),
    "藏": ("zang", "cang"),
}
