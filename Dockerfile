# Builds Fazhi with the Maven wrapper and runs it on a JRE. Used by docker-compose.yml.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY db db
RUN ./mvnw -B -q -DskipTests package && cp target/fazhi-*.jar /fazhi.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --home /var/lib/fazhi fazhi && mkdir -p /var/lib/fazhi && chown fazhi /var/lib/fazhi
USER fazhi
WORKDIR /var/lib/fazhi
COPY --from=build /fazhi.jar /opt/fazhi/fazhi.jar
ENV FAZHI_DATA_DIR=/var/lib/fazhi
EXPOSE 8080
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-jar", "/opt/fazhi/fazhi.jar"]
