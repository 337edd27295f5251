"""Babel-backed formatting in each language, and the template filters that use it."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from casepages import i18n


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "August 2016"), ("zh-hans", "2016年8月")],
)
def test_month_and_year_follow_the_language(language, expected):
    assert i18n.format_month_year(datetime.date(2016, 8, 14), language) == expected


@pytest.mark.parametrize(
    ("language", "years", "expected"),
    [("en", 20, "20 years old"), ("en", 1, "1 year old"), ("zh-hans", 20, "20岁"), ("zh-hans", 1, "1岁")],
)
def test_ages_read_naturally(language, years, expected):
    assert i18n.format_age(years, language) == expected


def test_numbers_use_the_locales_grouping():
    assert i18n.format_number(12500, "en") == "12,500"
    assert i18n.format_number(12500, "zh-hans") == "12,500"
    assert i18n.format_number(2.5, "en") == "2.5"


def test_language_names_are_in_their_own_script():
    assert i18n.language_name("en") == "English"
    assert i18n.language_name("zh-hans") == "简体中文"


def test_country_names_follow_the_language():
    with translation.override("en"):
        assert i18n.country_name("cn") == "China"
    assert i18n.country_name("CN", "zh-hans") == "中国"
    assert i18n.country_name("RU", "zh-hans") == "俄罗斯"


def test_template_filters_format_in_the_active_language():
    template = Template("{% load casepages_tags %}{{ day|month_year }} · {{ years|age }} · {{ code|country }}")
    context = Context({"day": datetime.date(2016, 10, 1), "years": 20, "code": "CN"})
    with translation.override("en"):
        assert template.render(context) == "October 2016 · 20 years old · China"
    with translation.override("zh-hans"):
        assert template.render(context) == "2016年10月 · 20岁 · 中国"


def test_empty_values_render_as_nothing():
    assert i18n.format_month_year(None) == ""
    assert i18n.country_name("") == ""
    assert Template("{% load casepages_tags %}[{{ missing|age }}]").render(Context({})) == "[]"
