#!/usr/bin/env bash
# Placeholder hook for system packages the tests need (fonts for PDF generation arrive with issue 3).
exit 0
