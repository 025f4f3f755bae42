-- One database per agency: no subgraph can read another's tables.
CREATE DATABASE workplus_workplus;
CREATE DATABASE workplus_employment;
CREATE DATABASE workplus_women;
CREATE DATABASE workplus_veterans;
CREATE DATABASE workplus_selfsufficiency;
CREATE DATABASE workplus_socialsecurity;
CREATE DATABASE workplus_jobcenter;
