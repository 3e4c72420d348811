# govkg: the CLI (extract, build) and the dashboard, in one image.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY govkg ./govkg
COPY graph_build ./graph_build
COPY queries ./queries
COPY dashboard ./dashboard
# The dashboard's Streamlit settings (theme, no usage stats); compose's flags set the address and port.
COPY .streamlit ./.streamlit
RUN pip install .
RUN useradd --create-home govkg
USER govkg
EXPOSE 8501
CMD ["govkg", "--help"]
