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

#define ZENOME_BULK_VERSION 1
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
 * Binds and steps every row of buf[0, length) through the statement: the number of rows inserted, or minus the
 * (extended) SQLite error code of the first failing row (the rows before it are inserted), or ZENOME_BULK_BAD_BUFFER.
 */
JNIEXPORT jint JNICALL Java_org_zenome_store_sqlite_NativeBulk_insert(JNIEnv *env, jclass cls, jlong stmt,
                                                                        jint columns, jobject buf, jint length)
{
    sqlite3_stmt *st = (sqlite3_stmt *)(intptr_t)stmt;
    const unsigned char *p = (const unsigned char *)(*env)->GetDirectBufferAddress(env, buf);
    jlong capacity = (*env)->GetDirectBufferCapacity(env, buf);
    if (p == NULL || length < 0 || length > capacity) {
        return ZENOME_BULK_BAD_BUFFER;
    }
    const unsigned char *end = p + length;
    jint rows = 0;
    int rc = SQLITE_OK;
    while (p < end) {
        for (int i = 1; i <= columns; i++) {
            if (p >= end) {
                rc = ZENOME_BULK_BAD_BUFFER;
                goto done;
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
                    rc = ZENOME_BULK_BAD_BUFFER;
                    goto done;
                }
                memcpy(&v, p, 8);
                p += 8;
                rc = tag == 1 ? sqlite3_bind_int64(st, i, v.whole) : sqlite3_bind_double(st, i, v.real);
                break;
            }
            case 3: {
                int32_t n;
                if (end - p < 4) {
                    rc = ZENOME_BULK_BAD_BUFFER;
                    goto done;
                }
                memcpy(&n, p, 4);
                p += 4;
                if (n < 0 || end - p < n) {
                    rc = ZENOME_BULK_BAD_BUFFER;
                    goto done;
                }
                rc = sqlite3_bind_text(st, i, (const char *)p, n, SQLITE_STATIC);
                p += n;
                break;
            }
            default:
                rc = ZENOME_BULK_BAD_BUFFER;
                goto done;
            }
            if (rc != SQLITE_OK) {
                rc = sqlite3_extended_errcode(sqlite3_db_handle(st));
                goto done;
            }
        }
        rc = sqlite3_step(st);
        if (rc != SQLITE_DONE) {
            int code = sqlite3_extended_errcode(sqlite3_db_handle(st));
            rc = code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW ? code
                    : rc == SQLITE_ROW ? SQLITE_MISUSE : rc;
            goto done;
        }
        sqlite3_reset(st);
        rc = SQLITE_OK;
        rows++;
    }
done:
    /* the text bindings point into the buffer: none may outlive this call */
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc == ZENOME_BULK_BAD_BUFFER) {
        return ZENOME_BULK_BAD_BUFFER;
    }
    return rc == SQLITE_OK ? rows : -rc;
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
