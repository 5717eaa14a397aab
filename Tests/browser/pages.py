"""One page of every kind in the sample site, by a short name."""

PAGES = {
    "home": "",
    "plan": "plan/",
    "indicator": "plan/indicators/workers-per-10000-urban-residents/",
    "about": "about/",
    "township": "townships/220681100/",
    "village": "villages/220681100201/",
    "community": "villages/220681001001/",
    "services": "villages/220681100201/services/",
    "three-lists": "villages/220681100201/needs/",
    "four-lists": "villages/220681001001/needs/",
    "projects": "villages/220681100201/projects/",
    "project": "villages/220681100201/projects/p2/",
    # All six 四议两公开 steps, with links to the notices that record them, a timeline and its table.
    "project-decisions": "villages/220681100201/projects/p1/",
    "custom-list": "villages/220681100201/lists/xiaowei-quanli/",
    "disclosures": "villages/220681100201/disclosures/",
    "disclosure": "villages/220681100201/disclosures/2024-q1-caiwu/",
    "disclosure-attachments": "villages/220681100201/disclosures/2024-10-daolu-yanshou/",
    "finance": "villages/220681100202/finance/",
    # A month with a stated 合计, a note and a correction (更正说明).
    "finance-period": "villages/220681100202/finance/2026-08/",
    "search": "search/",
    "not-found": "404.html",
}
