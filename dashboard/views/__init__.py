"""The dashboard's pages, one file each, run by dashboard/app.py through st.navigation (not a package API)."""
