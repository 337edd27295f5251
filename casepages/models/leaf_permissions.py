"""Page permissions for case stories, which never have pages below them, without a query per listed page.

Wagtail asks, for each page in a listing, whether its Delete and Move buttons show: for a user who
may change but not publish (every role here), it asks the database whether the page or anything
below it is live, twice a page (some 100 queries for the explorer's 50 case stories). A case story
has nothing below it, so the answer is the page's own `live`, which the listing has already read.
Everything else is Wagtail's own test.
"""

from wagtail.models import PagePermissionTester


class LeafPagePermissionTester(PagePermissionTester):
    def can_delete(self, ignore_bulk=False):
        simple = (
            self.page.numchild == 0
            and self.user.is_active
            and not self.page_is_root
            and not self.user.is_superuser
            and "change" in self.permissions
            and "publish" not in self.permissions
        )
        if simple:
            # Wagtail: a user without publish rights may delete only when nothing here is live.
            return not self.page.live
        return super().can_delete(ignore_bulk=ignore_bulk)
