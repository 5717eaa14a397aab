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
    "custom-list": "villages/220681100201/lists/xiaowei-quanli/",
    "disclosures": "villages/220681100201/disclosures/",
    "disclosure": "villages/220681100201/disclosures/2024-q1-caiwu/",
    "search": "search/",
    "not-found": "404.html",
}
