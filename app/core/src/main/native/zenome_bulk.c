/*
 * Bulk insert for the VCF import (issue 8): rows packed by org.zenome.store.sqlite.NativeBulk into a direct buffer are
 * bound and stepped here, one JNI call per buffer instead of one per value. Compiled into the same library as SQLite3
 * Multiple Ciphers and the JDBC driver's NativeDB.c (build-sqlite3mc.sh), so it works on the driver's own connection
 * handle, inside the driver's transaction.
 *
 * Buffer layout, per row, per column: a tag byte, then
 *   0 NULL | 1 int64 (8 bytes) | 2 double (8 bytes) | 3 UTF-8 text (int32 length, then the bytes); numbers in the
 *   native byte order.
 */
#include <jni.h>
#include <stdint.h>
#include <string.h>
#include "sqlite3.h"

#define ZENOME_BULK_VERSION 2
#define ZENOME_BULK_BAD_BUFFER (-100000)

static sqlite3 *handle(JNIEnv *env, jobject nativeDB)
{
    jclass cls = (*env)->GetObjectClass(env, nativeDB);
    jfieldID f = (*env)->GetFieldID(env, cls, "pointer", "J");
    if (f == NULL) {
        return NULL; /* NoSuchFieldError pending */
    }
    return (sqlite3 *)(intptr_t)(*env)->GetLongField(env, nativeDB, f);
}

JNIEXPORT jint JNICALL Java_org_zenome_store_sqlite_NativeBulk_version(JNIEnv *env, jclass cls)
{
    return ZENOME_BULK_VERSION;
}

/* Prepares sql (UTF-8) on the driver's connection: the statement pointer, or minus SQLite's error code. */
JNIEXPORT jlong JNICALL Java_org_zenome_store_sqlite_NativeBulk_prepare(JNIEnv *env, jclass cls, jobject nativeDB,
                                                                          jbyteArray sql)
{
    sqlite3 *db = handle(env, nativeDB);
    if (db == NULL) {
        return -(jlong)SQLITE_MISUSE;
    }
    jsize n = (*env)->GetArrayLength(env, sql);
    jbyte *s = (*env)->GetByteArrayElements(env, sql, NULL);
    if (s == NULL) {
        return -(jlong)SQLITE_NOMEM;
    }
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v3(db, (const char *)s, n, SQLITE_PREPARE_PERSISTENT, &st, NULL);
    (*env)->ReleaseByteArrayElements(env, sql, s, JNI_ABORT);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(st);
        return -(jlong)sqlite3_extended_errcode(db);
    }
    return (jlong)(intptr_t)st;
}

/*
 * Binds the `columns` values of the row at *pp to the parameters first+1 .. first+columns of st and moves *pp past it:
 * SQLITE_OK, SQLite's (extended) error code, or ZENOME_BULK_BAD_BUFFER.
 */
static int bind_row(sqlite3_stmt *st, int first, int columns, const unsigned char **pp, const unsigned char *end)
{
    const unsigned char *p = *pp;
    int rc = SQLITE_OK;
    for (int i = first + 1; i <= first + columns; i++) {
        if (p >= end) {
            return ZENOME_BULK_BAD_BUFFER;
        }
        unsigned char tag = *p++;
        switch (tag) {
        case 0:
            rc = sqlite3_bind_null(st, i);
            break;
        case 1:
        case 2: {
            /* int64 or double: 8 bytes in the native byte order (NativeBulk writes them so) */
            union { int64_t whole; double real; } v;
            if (end - p < 8) {
                return ZENOME_BULK_BAD_BUFFER;
            }
            memcpy(&v, p, 8);
            p += 8;
            rc = tag == 1 ? sqlite3_bind_int64(st, i, v.whole) : sqlite3_bind_double(st, i, v.real);
            break;
        }
        case 3: {
            int32_t n;
            if (end - p < 4) {
                return ZENOME_BULK_BAD_BUFFER;
            }
            memcpy(&n, p, 4);
            p += 4;
            if (n < 0 || end - p < n) {
                return ZENOME_BULK_BAD_BUFFER;
            }
            rc = sqlite3_bind_text(st, i, (const char *)p, n, SQLITE_STATIC);
            p += n;
            break;
        }
        default:
            return ZENOME_BULK_BAD_BUFFER;
        }
        if (rc != SQLITE_OK) {
            return sqlite3_extended_errcode(sqlite3_db_handle(st));
        }
    }
    *pp = p;
    return SQLITE_OK;
}

/* Steps a statement that inserts: SQLITE_OK when done, else the (extended) error code. */
static int step(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) {
        int code = sqlite3_extended_errcode(sqlite3_db_handle(st));
        return code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW ? code
                : rc == SQLITE_ROW ? SQLITE_MISUSE : rc;
    }
    sqlite3_reset(st);
    return SQLITE_OK;
}

/*
 * Inserts the `rows` rows of buf[0, length): `group` rows at a time through groupStmt (its parameters are `group` rows'
 * values; 0 for none), the rest one at a time through stmt. One statement per row costs SQLite its statement start
 * and end each time (the cursor opened and moved to the table's end, the statement's close); a group shares them.
 * Returns the number of rows inserted, or minus the (extended) SQLite error code of the first failing statement (the
 * statements before it are inserted), or ZENOME_BULK_BAD_BUFFER.
 */
JNIEXPORT jint JNICALL Java_org_zenome_store_sqlite_NativeBulk_insert(JNIEnv *env, jclass cls, jlong stmt,
                                                                        jlong groupStmt, jint group, jint columns,
                                                                        jobject buf, jint length, jint rows)
{
    sqlite3_stmt *one = (sqlite3_stmt *)(intptr_t)stmt;
    sqlite3_stmt *many = (sqlite3_stmt *)(intptr_t)groupStmt;
    const unsigned char *p = (const unsigned char *)(*env)->GetDirectBufferAddress(env, buf);
    jlong capacity = (*env)->GetDirectBufferCapacity(env, buf);
    if (p == NULL || length < 0 || length > capacity || rows < 0) {
        return ZENOME_BULK_BAD_BUFFER;
    }
    const unsigned char *end = p + length;
    jint done = 0;
    int rc = SQLITE_OK;
    while (many != NULL && group > 1 && rows - done >= group) {
        for (int r = 0; r < group && rc == SQLITE_OK; r++) {
            rc = bind_row(many, r * columns, columns, &p, end);
        }
        if (rc == SQLITE_OK) {
            rc = step(many);
        }
        if (rc != SQLITE_OK) {
            goto finish;
        }
        done += group;
    }
    while (done < rows) {
        rc = bind_row(one, 0, columns, &p, end);
        if (rc == SQLITE_OK) {
            rc = step(one);
        }
        if (rc != SQLITE_OK) {
            goto finish;
        }
        done++;
    }
    if (p != end) {
        rc = ZENOME_BULK_BAD_BUFFER; /* more values than the rows announced */
    }
finish:
    /* the text bindings point into the buffer: none may outlive this call */
    sqlite3_reset(one);
    sqlite3_clear_bindings(one);
    if (many != NULL) {
        sqlite3_reset(many);
        sqlite3_clear_bindings(many);
    }
    if (rc == ZENOME_BULK_BAD_BUFFER) {
        return ZENOME_BULK_BAD_BUFFER;
    }
    return rc == SQLITE_OK ? done : -rc;
}

/* The connection's last error message. */
JNIEXPORT jstring JNICALL Java_org_zenome_store_sqlite_NativeBulk_errmsg(JNIEnv *env, jclass cls, jobject nativeDB)
{
    sqlite3 *db = handle(env, nativeDB);
    return (*env)->NewStringUTF(env, db == NULL ? "no database handle" : sqlite3_errmsg(db));
}

JNIEXPORT void JNICALL Java_org_zenome_store_sqlite_NativeBulk_close(JNIEnv *env, jclass cls, jlong stmt)
{
    sqlite3_finalize((sqlite3_stmt *)(intptr_t)stmt);
}
